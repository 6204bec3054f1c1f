# esperado: carrera
# requiere: procesos
# A medias: cada proceso toma su número de ticket con len() de la lista compartida y luego añade: dos pueden sacar el mismo
from multiprocessing import Manager, Process


def pedir_ticket(cliente, tickets):
    numero = len(tickets)
    tickets.append((numero, cliente))


if __name__ == "__main__":
    with Manager() as gestor:
        tickets = gestor.list()
        procesos = [Process(target=pedir_ticket, args=(c, tickets)) for c in ("ana", "luis", "eva")]
        for p in procesos:
            p.start()
        for p in procesos:
            p.join()
        numeros = sorted(n for n, _ in tickets)
        print(numeros)
        assert numeros == [0, 1, 2], "dos clientes con el mismo ticket"
