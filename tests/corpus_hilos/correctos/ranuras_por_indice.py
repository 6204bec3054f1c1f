import threading

resultados = [None] * 4

def trabajar(i):
    resultados[i] = i * 10

hilos = [threading.Thread(target=trabajar, args=(i,)) for i in range(4)]
for h in hilos: h.start()
for h in hilos: h.join()
assert resultados == [0, 10, 20, 30]
print(resultados)
