# esperado: aprobado
# requiere: procesos
# Manager().Namespace total updated by Pool workers under a Manager().Lock() (correct)
from multiprocessing import Manager, Pool


def add(args):
    ns, lock, x = args
    with lock:
        ns.total += x
    return x


if __name__ == "__main__":
    with Manager() as m:
        ns = m.Namespace()
        ns.total = 0
        lock = m.Lock()
        with Pool(2) as pool:
            done = pool.map(add, [(ns, lock, x) for x in range(1, 11)])
        print("total:", ns.total)
        assert ns.total == 55 == sum(done)
