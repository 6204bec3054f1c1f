# esperado: interbloqueo
# Bank transfer locks (from, to) in argument order; t1 transfers A->B while t2 transfers B->A: t1 holds A and waits for B, t2 holds B and waits for A
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        with dst.lock:
            src.balance -= amount
            dst.balance += amount
            print(f"moved {amount} from {src.name} to {dst.name}")


if __name__ == "__main__":
    a = Account("alice", 100)
    b = Account("bob", 100)
    t1 = threading.Thread(target=transfer, args=(a, b, 10))
    t2 = threading.Thread(target=transfer, args=(b, a, 20))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(f"alice={a.balance} bob={b.balance}")
