package dev.tidemark.runtime.internal.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeChangeTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "character varying(20)|character varying(20)|NONE",
      "character varying(20)|character varying(40)|METADATA_ONLY",
      "character varying(20)|character varying|METADATA_ONLY",
      "character varying(20)|text|METADATA_ONLY",
      "text|character varying|METADATA_ONLY",
      "character varying|text|METADATA_ONLY",
      "character varying(40)|character varying(20)|NARROWING",
      "text|character varying(20)|NARROWING",
      "numeric(10,2)|numeric(12,2)|METADATA_ONLY",
      "numeric(10,2)|numeric|METADATA_ONLY",
      "numeric(10,2)|numeric(12,4)|REWRITE",
      "numeric(10,2)|numeric(10,4)|NARROWING",
      "numeric(10,2)|numeric(8,2)|NARROWING",
      "numeric|numeric(20,8)|NARROWING",
      "timestamp(3) without time zone|timestamp(6) without time zone|METADATA_ONLY",
      "timestamp(3) without time zone|timestamp without time zone|METADATA_ONLY",
      "timestamp(6) without time zone|timestamp(3) without time zone|NARROWING",
      "timestamp(6) with time zone|timestamp(6) without time zone|REWRITE",
      "timestamp(6) without time zone|timestamp(6) with time zone|REWRITE",
      "time(0) without time zone|time(3) without time zone|METADATA_ONLY",
      "bit varying(8)|bit varying(16)|METADATA_ONLY",
      "cidr|inet|METADATA_ONLY",
      "smallint|integer|REWRITE",
      "integer|bigint|REWRITE",
      "bigint|integer|NARROWING",
      "integer|numeric(12,2)|REWRITE",
      "integer|numeric(10,2)|NARROWING",
      "integer|double precision|REWRITE",
      "bigint|double precision|NARROWING",
      "real|double precision|REWRITE",
      "double precision|real|NARROWING",
      "character(2)|character(4)|REWRITE",
      "character(4)|character(2)|NARROWING",
      "character(4)|character varying(4)|REWRITE",
      "uuid|text|REWRITE",
      "date|timestamp(6) with time zone|REWRITE",
      "timestamp(6) with time zone|date|NARROWING",
      "json|jsonb|REWRITE",
      "text|uuid|NARROWING",
      "boolean|integer|NARROWING",
      "text[]|text[]|NONE",
      "character varying(10)[]|character varying(20)[]|REWRITE",
      "character varying(20)[]|character varying(10)[]|NARROWING",
      "integer[]|text|REWRITE",
      "text|integer[]|NARROWING"})
  void classifiesLikePostgres(String from, String to, TypeChange expected) {
    assertEquals(expected, TypeChange.of(from, to));
  }
}
