"""On SQLite, a long read (a list's CSV sent to a slow phone, the background worker
walking an index) does not lock a curator's publish out of the database."""

import pytest
from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    """Connections made with the site's settings to a database file of their own (the test
    database is in memory, where no journal applies)."""
    config = settings.DATABASES["default"]
    if config["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("SQLite's journal; PostgreSQL's readers never block its writers")
    made = []
    django_db_blocker.unblock()  # not the test database: a file of this test's own

    def connect():
        # A short wait, so a lock shows as an error at once rather than after 5 seconds.
        options = {**config.get("OPTIONS", {}), "timeout": 0.2}
        wrapper = DatabaseWrapper(
            {**config, "NAME": str(tmp_path / "db.sqlite3"), "OPTIONS": options}, alias="file"
        )
        wrapper.ensure_connection()
        made.append(wrapper)
        return wrapper.connection

    yield connect
    for wrapper in made:
        wrapper.close()
    django_db_blocker.restore()


def test_a_write_commits_while_another_connection_is_halfway_through_a_read(file_database):
    reader, writer = file_database(), file_database()
    reader.execute("CREATE TABLE line (n INTEGER)")
    reader.executemany("INSERT INTO line VALUES (?)", [(n,) for n in range(5000)])
    sending = reader.execute("SELECT n FROM line")
    assert len(sending.fetchmany(500)) == 500  # the first chunk is out; the read goes on

    writer.execute("INSERT INTO line VALUES (-1)")  # with a rollback journal: "database is locked"

    assert len(sending.fetchall()) == 4500
    assert writer.execute("SELECT count(*) FROM line").fetchone() == (5001,)
    assert reader.execute("PRAGMA journal_mode").fetchone() == ("wal",)
