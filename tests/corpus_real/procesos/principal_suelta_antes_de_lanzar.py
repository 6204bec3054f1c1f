# esperado: aprobado
# requiere: procesos
# El principal toma (config, datos) y suelta los dos antes de arrancar al hijo,
# que toma (datos, config): las dos tomas no pueden cruzarse.
import multiprocessing as mp


def hijo(lock_config, lock_datos, v):
    with lock_datos:
        with lock_config:
            v.value *= 2


if __name__ == "__main__":
    lock_config, lock_datos = mp.Lock(), mp.Lock()
    v = mp.Value("i", 0, lock=False)
    with lock_config:
        with lock_datos:
            v.value = 21
    p = mp.Process(target=hijo, args=(lock_config, lock_datos, v))
    p.start()
    p.join()
    assert v.value == 42, v.value
    print(v.value)
