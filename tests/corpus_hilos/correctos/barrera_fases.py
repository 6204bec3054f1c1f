import threading

N = 3
barrera = threading.Barrier(N)
fase1 = [0] * N
total = [0] * N

def trabajar(i):
    fase1[i] = i + 1
    barrera.wait()
    total[i] = sum(fase1)

hs = [threading.Thread(target=trabajar, args=(i,)) for i in range(N)]
for h in hs: h.start()
for h in hs: h.join()
assert total == [6, 6, 6], total
