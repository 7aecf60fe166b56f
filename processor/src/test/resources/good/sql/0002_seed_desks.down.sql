drop function desk_label(bigint);
delete from desk where id in (1, 2);
