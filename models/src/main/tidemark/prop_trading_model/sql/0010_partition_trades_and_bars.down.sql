-- trades and market_data_bars become plain tables again: each old table is detached, takes back the
-- rows its newer siblings hold, and returns to its name, key and indexes of 0009.

-- trades
alter table trades detach partition trades_before_partitioning;
alter table trades_before_partitioning drop constraint trades_before_partitioning_range;
insert into trades_before_partitioning select * from trades;
drop table trades;
alter table trades_before_partitioning drop constraint trades_before_partitioning_pkey;
alter table trades_before_partitioning rename to trades;
alter table trades add constraint trades_pkey primary key (trade_date, id);
alter index trades_before_partitioning_instrument_trade_date_idx rename to trades_instrument_trade_date_idx;
alter index trades_before_partitioning_account_trade_date_idx rename to trades_account_trade_date_idx;

-- market_data_bars
alter table market_data_bars detach partition market_data_bars_before_partitioning;
alter table market_data_bars_before_partitioning drop constraint market_data_bars_before_partitioning_range;
insert into market_data_bars_before_partitioning select * from market_data_bars;
drop table market_data_bars;
alter table market_data_bars_before_partitioning drop constraint market_data_bars_before_partitioning_pkey;
alter table market_data_bars_before_partitioning rename to market_data_bars;
alter table market_data_bars add constraint market_data_bars_pkey primary key (bar_time, instrument_id, bar_interval);
alter index market_data_bars_before_partitioning_series_idx rename to market_data_bars_series_idx;
