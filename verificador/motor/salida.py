"""What the program under test prints while the thread engine runs it.

`SalidaControlada` is a part of `Planificador` (a mixin, like
`tiempo.RelojVirtual`). The output is kept (up to `parches.LIMITE_SALIDA`
characters) for the evidence; a thread that prints after the main program
ended is incomplete work, and an endless printing loop is `sin_fin`.
"""

from __future__ import annotations

from verificador.motor.estado import Tipo

LIMITE_INUNDACION = 5_000_000  # characters of output in one run before calling it an endless printing loop


class SalidaControlada:
    """The output methods of `Planificador`."""

    def escribir(self, texto: str) -> None:
        from verificador.motor.parches import LIMITE_SALIDA

        h = self.hilo_actual()
        if h is not None and self.fin_principal and not h.principal and not h.daemon and texto.strip() \
                and not self.salida_implicita:
            self.fallar(Tipo.INCOMPLETO, h,
                        f"El programa principal ya había terminado y {h.nombre} seguía trabajando: "
                        f"imprimió «{texto.strip()[:60]}».", lugar=self.lugar_alumno(2))
        if self.salida_len < LIMITE_SALIDA:
            self.salida.append(texto[: LIMITE_SALIDA - self.salida_len])
        self.salida_len += len(texto)
        if h is not None and self.salida_len > LIMITE_INUNDACION:
            self.fallar(Tipo.SIN_FIN, h,
                        f"El programa escribió más de {LIMITE_INUNDACION // 1_000_000} millones de "
                        "caracteres sin terminar: un bucle sin fin que imprime.", lugar=self.lugar_alumno(2))

    def texto_salida(self) -> str:
        return "".join(self.salida)
