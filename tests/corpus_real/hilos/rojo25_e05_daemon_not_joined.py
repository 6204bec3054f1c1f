# esperado: incompleto
# A daemon "log flusher" thread writes buffered lines, but main announces "saved" and exits without joining; the daemon is killed mid-flush
import threading
import time

written = []


def flusher(lines):
    for line in lines:
        time.sleep(0.005)   # disk write
        written.append(line)


if __name__ == "__main__":
    t = threading.Thread(target=flusher, args=([f"line {i}" for i in range(5)],), daemon=True)
    t.start()
    print(f"log saved ({len(written)} lines written)")
