drop table desk;
