-- Desks the trading floor had before the service managed them.
insert into desk (id, name) values (1, 'Rates; EU'), (2, $$Credit 'HY'$$);

/* A function whose body has semicolons of its own. */
create function desk_label(desk_id bigint) returns text language plpgsql as $body$
begin
  return (select name from desk where id = desk_id);
end;
$body$;
