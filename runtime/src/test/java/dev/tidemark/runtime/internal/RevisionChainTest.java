package dev.tidemark.runtime.internal;

import static dev.tidemark.runtime.schema.Column.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.testing.TestMigrations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chain answers from the catalog's revision identities and instantiates a migration only when one is read. */
class RevisionChainTest {

  private static final Migration CREATE_BOOK = TestMigrations.frozen("0001_create_book", null,
      ops -> ops.createTable("book", column("id", "bigint").notNull()), ops -> ops.dropTable("book"));
  private static final Migration ADD_TITLE = TestMigrations.frozen("0002_add_title", "0001_create_book",
      ops -> ops.addColumn("book", column("title", "text")), ops -> ops.dropColumn("book", "title"));

  /** A catalog as the processor generates one: identities as data, each migration made on demand. */
  private static final class GeneratedLike implements MigrationCatalog {
    private final List<Revision> listed;
    private final List<Integer> instantiated = new ArrayList<>();

    GeneratedLike(List<Revision> listed) {
      this.listed = listed;
    }

    @Override
    public String schema() {
      return "desk";
    }

    @Override
    public List<Migration> migrations() {
      return List.of(migration(0), migration(1));
    }

    @Override
    public List<Revision> revisions() {
      return listed;
    }

    @Override
    public Migration migration(int position) {
      instantiated.add(position);
      return List.of(CREATE_BOOK, ADD_TITLE).get(position);
    }
  }

  @Test
  void answersFromTheIdentitiesAndInstantiatesOnlyWhatIsRead() {
    GeneratedLike catalog = new GeneratedLike(List.of(CREATE_BOOK.revision(), ADD_TITLE.revision()));
    RevisionChain chain = new RevisionChain("desk", catalog);

    assertEquals("0002_add_title", chain.head());
    assertEquals(1, chain.countUpTo("0001_create_book"));
    assertEquals(List.of(), catalog.instantiated);

    assertEquals(ADD_TITLE, chain.migrations().get(1));
    assertEquals(List.of(1), catalog.instantiated);
  }

  @Test
  void refusesAMigrationWhoseClassDisagreesWithTheCatalog() {
    Revision listed = new Revision("0002_add_title", "0001_create_book", "add title", "another-checksum", false);
    RevisionChain chain = new RevisionChain("desk", new GeneratedLike(List.of(CREATE_BOOK.revision(), listed)));

    TidemarkException failure = assertThrows(TidemarkException.class, () -> chain.migrations().get(1));
    assertEquals(ErrorCode.BROKEN_CHAIN, failure.code());
  }
}
