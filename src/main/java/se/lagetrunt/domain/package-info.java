/**
 * The pure meeting core: what a live meeting is and how it changes.
 *
 * <p>Everything here is plain Java: no I/O, no Vert.x, no JSON. A meeting changes only through
 * {@link se.lagetrunt.domain.Meeting#decide} (a command becomes events or a refusal) and
 * {@link se.lagetrunt.domain.Meeting#apply} (an event moves the state on). The room that owns a
 * live meeting calls these two and nothing else, which is what makes replay, resume and audit
 * one mechanism.
 */
package se.lagetrunt.domain;
