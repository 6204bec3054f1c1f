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
        if self.abortando or self.terminada:
            return  # written while the engine unwinds a finished run (a pool logging our abort)
        if h is not None and texto.strip() and self.llamado_por_alumno():
            # Output is a visible effect: a student's write is a point (another thread may print,
            # or finish polling, before this line), also when only sync operations are points.
            # Only straight from the student's code: a library may hold a real lock around it.
            self.decidir(h)
        if h is not None and self.fin_principal and not h.principal and not h.daemon and texto.strip() \
                and not self.salida_implicita:
            self.fallar(Tipo.INCOMPLETO, h,
                        f"El programa principal ya había terminado y {h.nombre} seguía trabajando: "
                        f"imprimió «{texto.strip()[:60]}».", lugar=self.lugar_alumno(2))
        if self.salida_len < LIMITE_SALIDA and texto:
            # who wrote it, and when (virtual): evidence of who did the work
            self.escritos.append((h.nombre if h is not None else "?", self.reloj,
                                  texto[: LIMITE_SALIDA - self.salida_len]))
        self.salida_len += len(texto)
        if h is not None and self.salida_len > LIMITE_INUNDACION:
            self.fallar(Tipo.SIN_FIN, h,
                        f"El programa escribió más de {LIMITE_INUNDACION // 1_000_000} millones de "
                        "caracteres sin terminar: un bucle sin fin que imprime.", lugar=self.lugar_alumno(2))

    def texto_salida(self) -> str:
        return "".join(texto for _, _, texto in self.escritos)

    def lineas_con_autor(self) -> list[tuple[str, float, str]]:
        """The printed lines as (thread, virtual time of its first character, text).

        Each thread's writes are put together into lines on their own (a `print`
        writes its text and its end separately), so a line belongs to the thread
        that wrote it whatever function did the writing (`print`, a `print` of the
        module's own, `sys.stdout.write`).
        """
        abiertas: dict[str, tuple[float, str]] = {}
        lineas: list[tuple[str, float, str]] = []
        for nombre, t, texto in self.escritos:
            inicio, previo = abiertas.pop(nombre, (t, ""))
            partes = (previo + texto).split("\n")
            for parte in partes[:-1]:
                lineas.append((nombre, inicio, parte))
                inicio = t
            if partes[-1]:
                abiertas[nombre] = (inicio, partes[-1])
        lineas.extend((nombre, t, resto) for nombre, (t, resto) in abiertas.items())
        return lineas
