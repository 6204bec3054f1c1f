# A task waits for another task submitted to the same one-worker pool (interbloqueo).
from concurrent.futures import ThreadPoolExecutor


def interior():
    return 42


def exterior(ejecutor):
    futuro = ejecutor.submit(interior)
    return futuro.result()  # the only worker is busy running this task


ejecutor = ThreadPoolExecutor(max_workers=1)
print(ejecutor.submit(exterior, ejecutor).result())
