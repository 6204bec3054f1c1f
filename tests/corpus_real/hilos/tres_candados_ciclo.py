# esperado: interbloqueo
# Tres hilos y tres candados: a→b, b→c, c→a. Si cada uno toma su primer
# candado antes de que ninguno tome el segundo, los tres se esperan en ciclo.
import threading

a, b, c = threading.Lock(), threading.Lock(), threading.Lock()
hechos = []


def trabajo(primero, segundo, nombre):
    with primero:
        with segundo:
            hechos.append(nombre)


hilos = [
    threading.Thread(target=trabajo, args=(a, b, "ab")),
    threading.Thread(target=trabajo, args=(b, c, "bc")),
    threading.Thread(target=trabajo, args=(c, a, "ca")),
]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
print(sorted(hechos))
