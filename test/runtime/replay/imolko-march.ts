/**
 * A hand-worked March of the imolko contract (Oficina: Mon–Fri 08–12, 13–17 in Caracas, UTC−4, no DST), as
 * Pacto's event log: T1 on time, T2 answered late (due Tue 09:00), T3 never resolved (due Mon 9 March 11:30),
 * T4 an information request resolved within the hour. Several tests count on these tickets.
 */
export const IMOLKO_MARCH = `ticket,at,event,category,channel
T1,2026-03-02T09:00-04:00,opened,Critica,Correo
T1,2026-03-02T09:30-04:00,responded,,
T1,2026-03-02T12:30-04:00,resolved,,
T2,2026-03-02T16:00-04:00,opened,Grave,Formulario
T2,2026-03-03T10:00-04:00,responded,,
T2,2026-03-05T10:00-04:00,resolved,,
T3,2026-03-06T16:30-04:00,opened,Critica,
T3,2026-03-09T08:15-04:00,responded,,
T4,2026-03-31T10:00-04:00,opened,Informacion,Correo
T4,2026-03-31T11:00-04:00,resolved,,
`;
