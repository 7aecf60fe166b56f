-- tidemark:baseline
-- trades becomes partitioned by month of trade_date, market_data_bars by day of bar_time; their rows
-- stay, each old table becoming the partition of everything before 2026-12-01, the first month
-- maintenance makes after this release.

-- trades
alter table trades rename to trades_before_partitioning;
-- A partition takes its key from the parent: attach builds it on the old rows.
alter table trades_before_partitioning drop constraint trades_pkey;
-- The old indexes step aside for the parent's; attach adopts them as its partitions' indexes.
alter index trades_instrument_trade_date_idx rename to trades_before_partitioning_instrument_trade_date_idx;
alter index trades_account_trade_date_idx rename to trades_before_partitioning_account_trade_date_idx;
create table trades (like trades_before_partitioning including defaults including constraints including comments)
    partition by range (trade_date);
alter table trades add constraint trades_pkey primary key (trade_date, id);
create index trades_instrument_trade_date_idx on trades (instrument_id, trade_date);
create index trades_account_trade_date_idx on trades (account_id, trade_date);
-- A valid check that implies the partition's range lets attach skip its scan.
alter table trades_before_partitioning add constraint trades_before_partitioning_range
    check (trade_date is not null and trade_date < date '2026-12-01');
alter table trades attach partition trades_before_partitioning for values from (minvalue) to ('2026-12-01');

-- market_data_bars: bar_time is a timestamp with time zone, so the bound names its zone (UTC, as
-- maintenance's partition days are).
alter table market_data_bars rename to market_data_bars_before_partitioning;
alter table market_data_bars_before_partitioning drop constraint market_data_bars_pkey;
alter index market_data_bars_series_idx rename to market_data_bars_before_partitioning_series_idx;
create table market_data_bars (like market_data_bars_before_partitioning including defaults including constraints including comments)
    partition by range (bar_time);
alter table market_data_bars add constraint market_data_bars_pkey primary key (bar_time, instrument_id, bar_interval);
create index market_data_bars_series_idx on market_data_bars (instrument_id, bar_interval, bar_time);
alter table market_data_bars_before_partitioning add constraint market_data_bars_before_partitioning_range
    check (bar_time is not null and bar_time < timestamptz '2026-12-01 00:00:00+00');
alter table market_data_bars attach partition market_data_bars_before_partitioning
    for values from (minvalue) to ('2026-12-01 00:00:00+00');
