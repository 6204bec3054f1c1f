# esperado: interbloqueo
# requiere: procesos
# Two processes take two multiprocessing.Locks in opposite order (file lock then log lock vs log lock then file lock); each can hold one and wait forever for the other
from multiprocessing import Process, Lock


def writer(file_lock, log_lock):
    with file_lock:
        with log_lock:
            print("writer: wrote data and logged it")


def rotator(file_lock, log_lock):
    with log_lock:
        with file_lock:
            print("rotator: rotated log and reopened file")


if __name__ == "__main__":
    file_lock = Lock()
    log_lock = Lock()
    p1 = Process(target=writer, args=(file_lock, log_lock))
    p2 = Process(target=rotator, args=(file_lock, log_lock))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print("done")
