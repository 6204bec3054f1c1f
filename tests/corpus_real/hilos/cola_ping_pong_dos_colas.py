# esperado: aprobado
# Ping-pong entre dos hilos con dos queue.Queue(maxsize=1): cada uno espera la
# pelota en su cola, la incrementa y la manda a la del otro. Solo uno tiene la
# pelota a la vez; el traspaso por la cola ordena los accesos.
import queue
import threading

a_ping, a_pong = queue.Queue(maxsize=1), queue.Queue(maxsize=1)
golpes = []


def jugador(nombre, recibo, envio, rondas):
    for _ in range(rondas):
        pelota = recibo.get()
        golpes.append(nombre)
        envio.put(pelota + 1)


ping = threading.Thread(target=jugador, args=("ping", a_ping, a_pong, 5))
pong = threading.Thread(target=jugador, args=("pong", a_pong, a_ping, 5))
ping.start()
pong.start()
a_ping.put(0)
ping.join()
pong.join()
final = a_ping.get()
print(golpes, final)
assert golpes == ["ping", "pong"] * 5 and final == 10
