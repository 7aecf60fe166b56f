package dev.tidemark.processor.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an SQL script into statements the way {@code psql} does: at semicolons outside string
 * literals ({@code '...'}, {@code E'...'} with backslash escapes), quoted identifiers, dollar-quoted
 * bodies ({@code $$...$$}, {@code $fn$...$fn$}) and comments ({@code --}, nested block comments).
 * Each statement is kept as written, comments before it included, without its semicolon.
 *
 * <p>A revision runs in a transaction of its own, so transaction control in the script is refused,
 * as are psql meta-commands (they are not SQL) and SQL-standard {@code begin atomic} bodies, whose
 * semicolons psql tracks by grammar (use a dollar-quoted body).
 */
public final class SqlStatements {

  /** What a script cannot contain, with the line it is on. */
  public static final class ScriptException extends RuntimeException {
    private final int line;

    ScriptException(int line, String reason) {
      super(reason);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private static final Set<String> TRANSACTION_CONTROL =
      Set.of("begin", "commit", "rollback", "start", "end", "abort", "savepoint", "release");

  private final String text;
  private int at;

  private SqlStatements(String text) {
    this.text = text;
  }

  /** The statements of {@code script}, in order; a script of only comments has none. */
  public static List<String> split(String script) {
    return new SqlStatements(script).statements();
  }

  private List<String> statements() {
    List<String> statements = new ArrayList<>();
    int start = 0;
    int codeEnd = -1;
    int firstCode = -1;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (text.startsWith("--", at)) {
        skipLineComment();
      } else if (text.startsWith("/*", at)) {
        skipBlockComment();
      } else if (c == ';') {
        if (codeEnd >= 0) {
          statements.add(statement(start, firstCode, codeEnd));
        }
        at++;
        start = at;
        codeEnd = -1;
        firstCode = -1;
      } else {
        if (firstCode < 0) {
          firstCode = at;
          if (c == '\\') {
            throw new ScriptException(lineOf(at), "psql meta-commands such as " + firstWord(at)
                + " are not SQL; Tidemark sends each statement to the server itself");
          }
        }
        skipToken();
        codeEnd = at;
      }
    }
    if (codeEnd >= 0) {
      statements.add(statement(start, firstCode, codeEnd));
    }
    return statements;
  }

  /** The statement from its leading comments to its last token, after refusing what cannot run in a revision. */
  private String statement(int start, int firstCode, int codeEnd) {
    String keyword = firstWord(firstCode).toLowerCase(Locale.ROOT);
    if (TRANSACTION_CONTROL.contains(keyword)) {
      throw new ScriptException(lineOf(firstCode), "'" + firstWord(firstCode) + "' controls the transaction, but"
          + " Tidemark runs each revision in a transaction of its own, with its history row; remove it");
    }
    String statement = text.substring(start, codeEnd).strip();
    if (statement.toLowerCase(Locale.ROOT).matches("(?s).*\\bbegin\\s+atomic\\b.*")) {
      throw new ScriptException(lineOf(firstCode), "a 'begin atomic' body has semicolons inside it; write the"
          + " function body dollar-quoted instead ($$ ... $$)");
    }
    return statement;
  }

  private void skipToken() {
    char c = text.charAt(at);
    if (c == '\'') {
      skipQuoted('\'', escapeStringPrefix());
    } else if (c == '"') {
      skipQuoted('"', false);
    } else if (c == '$' && dollarTag() != null) {
      String tag = dollarTag();
      int close = text.indexOf(tag, at + tag.length());
      if (close < 0) {
        throw new ScriptException(lineOf(at), "the dollar-quoted text that starts with " + tag + " never ends");
      }
      at = close + tag.length();
    } else {
      at++;
    }
  }

  /** Whether the literal at {@code at} is an {@code E'...'} string, where backslashes escape. */
  private boolean escapeStringPrefix() {
    return at > 0 && Character.toLowerCase(text.charAt(at - 1)) == 'e'
        && (at < 2 || !isIdentifierPart(text.charAt(at - 2)));
  }

  /** Skips a literal or quoted identifier; doubled quotes stay inside it, backslashes escape in E'' strings. */
  private void skipQuoted(char quote, boolean backslashEscapes) {
    int opening = at;
    at++;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (backslashEscapes && c == '\\') {
        at += 2;
      } else if (c == quote && at + 1 < text.length() && text.charAt(at + 1) == quote) {
        at += 2;
      } else if (c == quote) {
        at++;
        return;
      } else {
        at++;
      }
    }
    throw new ScriptException(lineOf(opening), (quote == '"' ? "the quoted identifier" : "the string literal")
        + " that starts here never ends");
  }

  /**
   * The dollar-quote tag that starts at {@code at} ({@code $$} or {@code $name$}), or {@code null}
   * when the {@code $} is something else, such as a parameter {@code $1} or part of an identifier.
   */
  private String dollarTag() {
    if (at > 0 && isIdentifierPart(text.charAt(at - 1))) {
      return null;
    }
    int end = at + 1;
    while (end < text.length() && isIdentifierPart(text.charAt(end)) && text.charAt(end) != '$') {
      end++;
    }
    if (end >= text.length() || text.charAt(end) != '$') {
      return null;
    }
    String tag = text.substring(at, end + 1);
    return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private void skipLineComment() {
    int end = text.indexOf('\n', at);
    at = end < 0 ? text.length() : end + 1;
  }

  /** Skips a block comment; PostgreSQL nests them. */
  private void skipBlockComment() {
    int opening = at;
    int depth = 0;
    while (at < text.length()) {
      if (text.startsWith("/*", at)) {
        depth++;
        at += 2;
      } else if (text.startsWith("*/", at)) {
        depth--;
        at += 2;
        if (depth == 0) {
          return;
        }
      } else {
        at++;
      }
    }
    throw new ScriptException(lineOf(opening), "the block comment that starts here never ends");
  }

  private String firstWord(int from) {
    int end = from + 1;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    return text.substring(from, end);
  }

  private int lineOf(int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
