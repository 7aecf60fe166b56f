insert into desk (id, name) values (1, 'Rates');
commit;
