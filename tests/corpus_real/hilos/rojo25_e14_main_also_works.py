# esperado: aprobado
# Main thread processes half of the files itself while a helper thread does the other half; both append to a shared list (atomic), main joins before printing (correct)
import threading

processed = []


def process(files):
    for f in files:
        processed.append(f.upper())


if __name__ == "__main__":
    files = [f"file{i}.txt" for i in range(6)]
    helper = threading.Thread(target=process, args=(files[3:],))
    helper.start()
    process(files[:3])
    helper.join()
    print(sorted(processed))
    assert sorted(processed) == sorted(f.upper() for f in files)
