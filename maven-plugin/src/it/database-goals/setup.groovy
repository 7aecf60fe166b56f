// A real PostgreSQL for the goals; its URL reaches each build through test.properties.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres

def postgres = EmbeddedPostgres.start()
context.put('postgres', postgres)
new File(basedir, 'test.properties').text =
    "tidemark.url=jdbc:postgresql://localhost:${postgres.port}/postgres\ntidemark.user=postgres\n"
return true
