-- tidemark:baseline
-- The schema.sql the desks service was built from, before Tidemark.
create table desk (
  id bigint not null,
  name varchar(40) not null,
  constraint desk_pkey primary key (id)
);
insert into desk (id, name) values (1, 'Rates');
