# esperado: interbloqueo
# Un Event usado como «pulso» para despertar al trabajador: main hace
# `set(); clear()`. Si el trabajador aún no había llegado a `wait()` (arranca
# tarde), cuando llega el evento ya está bajado: espera para siempre y main se
# queda en join(). Con python3 normal casi siempre sale bien porque el hilo
# suele llegar a wait() antes, pero nada lo garantiza.
import threading

pulso = threading.Event()
despertado = []


def trabajador():
    pulso.wait()
    despertado.append(True)


t = threading.Thread(target=trabajador)
t.start()
pulso.set()
pulso.clear()
t.join()
print("despertado:", despertado)
