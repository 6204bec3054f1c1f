# esperado: aprobado
# Correcto: trabajadores daemon que rellenan un dict y, como última instrucción, sueltan un Semaphore; main lo toma n veces y lee
import threading

resultados = {}
terminados = threading.Semaphore(0)

def trabajo(i):
    resultados[i] = i * i
    terminados.release()

for i in range(3):
    threading.Thread(target=trabajo, args=(i,), daemon=True).start()
for _ in range(3):
    terminados.acquire()
assert resultados == {0: 0, 1: 1, 2: 4}, resultados
print(resultados)
