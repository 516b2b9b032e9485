"""newsclean.batch.dask on a real LocalCluster with worker processes: a bag of paths/records, a dataframe column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_batch_support import SEEDS, html_page, seed_bytes, write_jsonl

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from newsclean.batch.dask import COLUMNS, clean_bag, clean_column  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as connected:
            yield connected


@pytest.mark.timeout(180)
def test_clean_bag_of_paths_and_records(client: distributed.Client, tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    write_jsonl(records, [{"text": seed_bytes(1).decode()}, "{broken"])
    items = [str(SEEDS[0]), str(records), {"id": "k-7", "url": "https://www.kompas.com/read/7", "html": html_page(7)},
             {"id": "nothing"}, seed_bytes(2)]
    out = clean_bag(db.from_sequence(items, npartitions=3)).compute()
    by_input = {r["input"]: r for r in out}
    assert len(out) == 6
    assert by_input[str(SEEDS[0])]["outlet"] == "tempo"
    assert by_input[f"{records}:1"]["outlet"] == "kontan"
    assert by_input[f"{records}:2"]["reason"] == "bad_json"
    assert by_input["k-7"]["outlet"] == "kompas" and by_input["k-7"]["url"] == "https://www.kompas.com/read/7"
    assert by_input["nothing"]["reason"] == "no_content"
    assert by_input[None]["outlet"] == "voi"  # a raw page has no id
    # The work ran in the cluster's worker processes, not here.
    assert len(client.scheduler_info()["workers"]) == 2


@pytest.mark.timeout(180)
def test_clean_column_of_a_dataframe(client: distributed.Client) -> None:
    frame = pd.DataFrame({
        "page": [html_page(1), seed_bytes(3).decode(), None, "   "],
        "link": ["https://www.tempo.co/read/1/a", None, None, None],
    }, index=[10, 11, 12, 13])
    result = clean_column(dd.from_pandas(frame, npartitions=2), "page", url_column="link").compute()
    assert list(result.columns) == list(COLUMNS)
    assert list(result.index) == [10, 11, 12, 13]  # rows line up with the input for a join
    assert result.loc[10, "outlet"] == "tempo" and result.loc[10, "url"] == "https://www.tempo.co/read/1/a"
    assert isinstance(result.loc[10, "paragraphs"], list) and result.loc[10, "error"] is None
    assert result.loc[11, "outlet"] == "kompas"
    assert result.loc[12, "reason"] == "empty" and result.loc[12, "title"] is None
    assert (result.loc[13, "stage"], result.loc[13, "reason"]) == ("clean", "empty")


def test_missing_dask_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    import newsclean.batch.dask as nd

    real_import = builtins.__import__

    def no_dask(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("dask"):
            raise ImportError("No module named 'dask'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ImportError, match=r"pip install 'newsclean\[dask\]'"):
        nd.clean_bag(None)
