# esperado: aprobado
# A background thread reports progress to the event loop with loop.call_soon_threadsafe and resolves a Future (correct)
import asyncio
import threading
import time


def background(loop, fut, progress):
    for i in range(3):
        time.sleep(0.01)
        loop.call_soon_threadsafe(progress.append, i)
    loop.call_soon_threadsafe(fut.set_result, "finished")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    progress = []
    t = threading.Thread(target=background, args=(loop, fut, progress))
    t.start()
    result = await fut
    t.join()
    print(result, progress)
    assert result == "finished" and progress == [0, 1, 2]


if __name__ == "__main__":
    asyncio.run(main())
