# esperado: aprobado
# requiere: procesos
# multiprocessing.Pipe: parent sends requests, child replies, "STOP" ends the child (correct)
from multiprocessing import Process, Pipe


def server(conn):
    while True:
        msg = conn.recv()
        if msg == "STOP":
            conn.send("bye")
            break
        conn.send(f"echo: {msg}")
    conn.close()


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=server, args=(child_conn,))
    p.start()
    replies = []
    for word in ["hello", "world", "42"]:
        parent_conn.send(word)
        replies.append(parent_conn.recv())
    parent_conn.send("STOP")
    replies.append(parent_conn.recv())
    p.join()
    print(replies)
    assert replies == ["echo: hello", "echo: world", "echo: 42", "bye"]
