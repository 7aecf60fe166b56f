package dev.tidemark.runtime.testing;

import static dev.tidemark.runtime.schema.CheckConstraint.check;
import static dev.tidemark.runtime.schema.Column.column;
import static dev.tidemark.runtime.schema.ForeignKey.foreignKey;
import static dev.tidemark.runtime.schema.Index.index;
import static dev.tidemark.runtime.schema.Index.uniqueIndex;
import static dev.tidemark.runtime.schema.PrimaryKey.primaryKey;
import static dev.tidemark.runtime.schema.RangePartitioning.rangePartitioned;
import static dev.tidemark.runtime.schema.UniqueConstraint.unique;

import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.partition.AlterRangePartitioning;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.RangePartitioning;
import java.util.List;

/** One operation of every kind, with every optional part set somewhere, for round-trip tests. */
public final class EveryOperation {

  private EveryOperation() {}

  public static List<Operation> list() {
    Operations ops = new Operations();
    ops.createSequence("book_seq", 1, 50);
    ops.createTable("book",
        column("id", "bigint").asIdentity(),
        column("code", "character varying(12)").notNull().defaultValue("'N/A'"),
        column("limit", "numeric(20,2)"),
        primaryKey("book_pkey", "id"),
        unique("book_code_key", "code"),
        check("book_limit_check", "\"limit\" >= 0"));
    ops.dropTable("old_book");
    ops.renameTable("book", "books");
    ops.addColumn("books", column("region", "text").defaultValue("now()::text"));
    ops.dropColumn("books", "region");
    ops.renameColumn("books", "limit", "risk_limit");
    ops.alterColumnType("books", "risk_limit", "numeric(24,4)");
    ops.alterColumnType("books", "side", "varchar(255)", "(case \"side\" when 0 then 'BUY' end)::varchar(255)");
    ops.setNotNull("books", "risk_limit");
    ops.dropNotNull("books", "risk_limit");
    ops.setDefault("books", "risk_limit", "0");
    ops.dropDefault("books", "risk_limit");
    ops.addIdentity("books", "seq_no");
    ops.dropIdentity("books", "seq_no");
    ops.addPrimaryKey("books", primaryKey("books_pkey", "id", "code"));
    ops.addUnique("books", unique("books_code_region_key", "code", "region"));
    ops.addCheck("books", check("books_code_check", "char_length(\"code\") > 1"));
    ops.addForeignKey("books", foreignKey("books_desk_fk", "desk_id").references("desk", "id"));
    ops.addForeignKey("books", foreignKey("books_parent_fk", "parent_id", "parent_code")
        .references("books", "id", "code").onDelete(ForeignKey.Action.CASCADE).onUpdate(ForeignKey.Action.SET_NULL));
    ops.dropConstraint("books", "books_code_check");
    ops.renameConstraint("books", "book_pkey", "books_pkey");
    ops.createIndex("books", index("books_code_idx", "code", "risk_limit desc"));
    ops.createIndex("books", uniqueIndex("books_region_idx", "region"));
    ops.dropIndex("books", "books_code_idx");
    ops.renameIndex("books", "books_region_idx", "books_region_uidx");
    ops.alterSequence("book_seq", 1, 20);
    ops.dropSequence("book_seq");
    ops.commentOnTable("books", "the desks' books");
    ops.commentOnTable("books", null);
    ops.commentOnColumn("books", "risk_limit", "in USD");
    ops.commentOnColumn("books", "risk_limit", null);
    ops.createTable("fills",
        column("id", "bigint").notNull(),
        column("filled_on", "date").notNull(),
        primaryKey("fills_pkey", "id", "filled_on"),
        rangePartitioned("filled_on").interval("1 week").premake(4).retention("26 weeks", RangePartitioning.Expired.DROP));
    ops.add(new AlterRangePartitioning("fills", rangePartitioned("filled_on"), rangePartitioned("filled_on").premake(6)));
    return ops.list();
  }
}
