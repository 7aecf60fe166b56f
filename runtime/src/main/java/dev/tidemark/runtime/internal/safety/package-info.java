/**
 * Migration safety: the rules that classify operations by risk, the policies that judge them, and
 * the safe multi-step forms Tidemark runs instead of the plain statements under ENHANCED and
 * STRICT. Shared by the processor (build-time findings) and the migrator (refusal, safe execution);
 * no compatibility promise.
 */
package dev.tidemark.runtime.internal.safety;
