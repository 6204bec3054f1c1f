# esperado: aprobado
# La barrera reutilizable «de libro» hecha con Condition: un contador de
# llegados y un número de generación. El último en llegar cambia de generación
# y hace notify_all(); los demás esperan con `while gen == mi_gen` (el while
# evita tanto los despertares espurios como salir en la ronda equivocada).
import threading


class Barrera:
    def __init__(self, n):
        self.n = n
        self.llegados = 0
        self.generacion = 0
        self.cond = threading.Condition()

    def esperar(self):
        with self.cond:
            mi_gen = self.generacion
            self.llegados += 1
            if self.llegados == self.n:
                self.llegados = 0
                self.generacion += 1
                self.cond.notify_all()
            else:
                while self.generacion == mi_gen:
                    self.cond.wait()


N = 3
barrera = Barrera(N)
tablero = [[None] * N for _ in range(3)]
vistas = []
candado = threading.Lock()


def jugar(i):
    for ronda in range(3):
        tablero[ronda][i] = ronda * 10 + i
        barrera.esperar()
        fila = list(tablero[ronda])
        with candado:
            vistas.append(fila)


hilos = [threading.Thread(target=jugar, args=(i,)) for i in range(N)]
for h in hilos:
    h.start()
for h in hilos:
    h.join()
assert all(None not in fila for fila in vistas), vistas
print("rondas completas:", len(vistas) // N)
