"""`python -m verificador` es lo mismo que la orden `verificar`."""

from __future__ import annotations

from verificador.cli import main

if __name__ == "__main__":
    main()
