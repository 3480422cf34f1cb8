"""The remedy index's kept filter lists, seen from another process (issue 17).

A server process keeps the option lists of the remedy index's filters in the shared
cache (the demo site's, on disk, as ``make run`` serves it). A takedown made in another
process (here ``manage.py shell``, as a steward's request in another worker) must leave
no list that names what it took, on any address the server answers next.
"""

import json
import re
import tempfile
import urllib.request
from pathlib import Path

from tests.demo_site import copy_of_the_demo, manage, run_server

# Takes down every remedy an anonymous visitor sees for one condition (the first by
# code); prints that condition's code.
TAKE_DOWN_A_CONDITIONS_REMEDIES = """
import json
from django.contrib.auth.models import AnonymousUser
from knowledge.models import RemedyPage
from knowledge.withdrawal import withdraw

visible = RemedyPage.objects.live().visible_to(AnonymousUser()).prefetch_related("conditions")
code = min(c.code for remedy in visible for c in remedy.conditions.all())
for remedy in visible:
    if code in {c.code for c in remedy.conditions.all()}:
        withdraw(remedy, reason="The community asked.")
print(json.dumps({"condition": code}))
"""


def conditions_offered(url):
    html = urllib.request.urlopen(url, timeout=30).read().decode()
    select = re.search(r'<select name="condition"[^>]*>(.*?)</select>', html, re.S)
    return re.findall(r'<option value="([^"]+)"', select.group(1)) if select else []


def test_a_takedown_in_another_process_leaves_no_kept_list_naming_it(tmp_path_factory):
    workdir = Path(tempfile.mkdtemp(prefix="museum-remedy-filters-"))
    env = copy_of_the_demo(tmp_path_factory, workdir)
    with run_server(env) as url:
        before = conditions_offered(f"{url}/vi/bai-thuoc/")
        # Another address, rendered with the lists the first one kept.
        assert conditions_offered(f"{url}/vi/bai-thuoc/?page=1") == before

        done = manage(env, "shell", "-c", TAKE_DOWN_A_CONDITIONS_REMEDIES)
        taken = json.loads(done.stdout.strip().splitlines()[-1])["condition"]

        assert taken in before
        for address in ("/vi/bai-thuoc/", "/vi/bai-thuoc/?page=2", "/vi/bai-thuoc/?part=root"):
            assert taken not in conditions_offered(url + address), address
