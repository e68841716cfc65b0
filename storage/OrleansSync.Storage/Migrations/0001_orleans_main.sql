-- The statement catalog of Orleans' ADO.NET providers. At start-up every provider runs
-- "SELECT QueryKey, QueryText FROM OrleansQuery" and from then on executes only those texts,
-- binding its own parameter names (@DeploymentId, @GrainIdHash, @ServiceId, ...) and reading
-- result columns by name. Keys, parameter names and result column names are therefore a
-- contract with the Microsoft.Orleans.*.AdoNet assemblies; the SQL behind them is ours.
--
-- Objects are created unqualified, in the first schema of the connection's search_path.
-- Unquoted identifiers fold to lower case, and Npgsql matches the providers' column names
-- case-insensitively, so the mixed-case spelling below is only for reading.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
