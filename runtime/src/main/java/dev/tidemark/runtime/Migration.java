package dev.tidemark.runtime;

import java.util.List;

/**
 * One revision: the operations that move a schema forward, and the exact operations that move it
 * back. The annotation processor generates an implementation per ledger revision.
 */
public interface Migration {

  Revision revision();

  void upgrade(Operations operations);

  void downgrade(Operations operations);

  /** The risks this revision accepts, which the safety policy then lets through; none by default. */
  default List<Acknowledgement> acknowledgements() {
    return List.of();
  }
}
