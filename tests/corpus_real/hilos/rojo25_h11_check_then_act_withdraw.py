# esperado: carrera
# Check-then-act on a bank balance: two ATMs both see balance>=80 before either subtracts, balance goes negative
import threading
import time

balance = 100


def withdraw(amount):
    global balance
    if balance >= amount:
        time.sleep(0.001)  # talk to the bank server
        balance -= amount
        print(f"withdrew {amount}, balance now {balance}")
    else:
        print(f"insufficient funds for {amount}")


if __name__ == "__main__":
    atms = [threading.Thread(target=withdraw, args=(80,)) for _ in range(2)]
    for t in atms:
        t.start()
    for t in atms:
        t.join()
    print(f"final balance: {balance}")
    assert balance >= 0, "overdrawn!"
