# esperado: aprobado
# Un Lock usado como «testigo» de traspaso: el principal lo toma, arranca al
# trabajador y vuelve a pedirlo; solo lo recupera cuando el trabajador,
# después de escribir el resultado, lo suelta. Un threading.Lock no tiene
# dueño (la documentación permite soltarlo desde otro hilo), así que es
# correcto, y el resultado se lee después de recuperar el testigo.
import threading

testigo = threading.Lock()
resultado = []


def trabajar():
    resultado.append(sum(range(100)))
    testigo.release()


testigo.acquire()
t = threading.Thread(target=trabajar)
t.start()
testigo.acquire()
print("resultado", resultado[0])
assert resultado == [4950]
testigo.release()
t.join()
