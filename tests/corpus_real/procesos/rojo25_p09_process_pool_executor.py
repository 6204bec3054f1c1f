# esperado: aprobado
# requiere: procesos
# concurrent.futures.ProcessPoolExecutor primality check (the docs example, smaller numbers) with map and submit/as_completed (correct)
import concurrent.futures
import math

PRIMES = [112272535095293, 112582705942171, 112272535095293, 115280095190773, 1099726899285419]


def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, min(sqrt_n, 20000) + 1, 2):
        if n % i == 0:
            return False
    return True


def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        results = list(executor.map(is_prime, PRIMES))
        for number, prime in zip(PRIMES, results):
            print(f"{number} is prime: {prime}")
        futs = {executor.submit(pow, 2, k): k for k in range(5)}
        powers = {futs[f]: f.result() for f in concurrent.futures.as_completed(futs)}
    print(powers)
    assert powers == {k: 2 ** k for k in range(5)}


if __name__ == "__main__":
    main()
