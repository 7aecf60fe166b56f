package dev.tidemark.processor.ledger;

import dev.tidemark.runtime.json.CanonicalJson;
import java.util.ArrayList;
import java.util.List;

/**
 * What a frozen manual revision's checksum covers: the tokens of its source file, without comments
 * and whitespace, so reformatting or commenting the class keeps it frozen while any change to
 * what javac compiles (a name, a literal, an operator) does not. Literals are kept verbatim,
 * whitespace inside them included. The tokens are Java's, with one simplification that changes
 * nothing a compiler accepts: every {@code >} is a token of its own, so {@code List<List<T>>} and
 * {@code List<List<T> >} read alike.
 */
public final class ManualSource {

  /** Operators of more than one character, longest first, for maximal munch; none starts with {@code >}. */
  private static final List<String> OPERATORS = List.of("<<=", "...", "->", "::", "++", "--", "&&", "||", "==", "!=",
      "<=", "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<");

  private ManualSource() {}

  /** The SHA-256 of the source's tokens, one space between each. */
  public static String checksum(CharSequence source) {
    return CanonicalJson.sha256(String.join(" ", tokens(source)));
  }

  static List<String> tokens(CharSequence source) {
    String text = source.toString();
    List<String> tokens = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      int end;
      if (Character.isWhitespace(c)) {
        at++;
        continue;
      } else if (text.startsWith("//", at)) {
        int lineEnd = text.indexOf('\n', at);
        at = lineEnd < 0 ? text.length() : lineEnd;
        continue;
      } else if (text.startsWith("/*", at)) {
        int commentEnd = text.indexOf("*/", at + 2);
        at = commentEnd < 0 ? text.length() : commentEnd + 2;
        continue;
      } else if (text.startsWith("\"\"\"", at)) {
        end = literalEnd(text, at + 3, "\"\"\"");
      } else if (c == '"' || c == '\'') {
        end = literalEnd(text, at + 1, String.valueOf(c));
      } else if (Character.isDigit(c) || c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
        end = numberEnd(text, at);
      } else if (Character.isJavaIdentifierStart(c)) {
        end = at + 1;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
          end++;
        }
      } else {
        int start = at;
        end = OPERATORS.stream().filter(operator -> text.startsWith(operator, start))
            .findFirst().map(operator -> start + operator.length()).orElse(start + 1);
      }
      tokens.add(text.substring(at, end));
      at = end;
    }
    return tokens;
  }

  /** The end of a string, character or text block literal whose content starts at {@code from}. */
  private static int literalEnd(String text, int from, String closing) {
    int at = from;
    while (at < text.length()) {
      if (text.charAt(at) == '\\') {
        at += 2;
      } else if (text.startsWith(closing, at)) {
        return at + closing.length();
      } else {
        at++;
      }
    }
    return text.length();
  }

  /** The end of a number literal: digits, letters, {@code _}, {@code .}, and an exponent's sign. */
  private static int numberEnd(String text, int from) {
    boolean hex = text.startsWith("0x", from) || text.startsWith("0X", from);
    int at = from + 1;
    while (at < text.length()) {
      char c = text.charAt(at);
      char previous = Character.toLowerCase(text.charAt(at - 1));
      boolean exponentSign = (c == '+' || c == '-') && (hex ? previous == 'p' : previous == 'e');
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && !exponentSign) {
        break;
      }
      at++;
    }
    return at;
  }
}
