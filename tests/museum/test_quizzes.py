"""Quizzes without JavaScript: a plain form post is checked by the server."""

from django.test import Client
from django.utils import translation

from .conftest import quiz_question


def answer(page, **answers):
    data = {f"q-{block_id}": value for block_id, value in answers.items()}
    return Client(enforce_csrf_checks=True).post(f"/en/quiz/{page.pk}/", data)


def question_ids(page, field="quiz"):
    return [block.id for block in getattr(page, field)]


def test_the_server_marks_each_answer_and_counts_the_right_ones(lesson):
    first, second = question_ids(lesson)
    response = answer(lesson, **{first: "0", second: "0"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 of 2 answered correctly" in html
    assert "C. verum là quế Xri Lan-ca." in html  # the explanation of the first question
    assert "The right answer: Quế nhục" in html


def test_unanswered_and_nonsense_answers_are_not_errors(lesson):
    first, _second = question_ids(lesson)
    response = answer(lesson, **{first: "7"})
    assert response.status_code == 200
    assert "0 of 0 answered correctly" in response.content.decode()
    assert "2 questions were not answered" in response.content.decode()


def test_a_question_inside_an_exhibit_is_checked_on_its_own(make_exhibit):
    exhibit = make_exhibit(
        body=[("quiz", quiz_question("Vỏ quế gọi là gì?", ["Quế chi", "Quế nhục"], 1))]
    )
    page = Client().get(exhibit.url).content.decode()
    assert f'action="/vi/quiz/{exhibit.pk}/"' in page
    (block_id,) = question_ids(exhibit, "body")
    assert "1 of 1 answered correctly" in answer(exhibit, **{block_id: "1"}).content.decode()


def test_only_live_public_quiz_pages_answer(lesson, home):
    assert Client().get(f"/en/quiz/{lesson.pk}/").status_code == 405
    assert Client().post(f"/en/quiz/{home.pk}/").status_code == 404  # not a quiz page
    lesson.unpublish()
    assert Client().post(f"/en/quiz/{lesson.pk}/").status_code == 404


def test_the_worksheet_prints_the_questions_without_the_answers(lesson):
    response = Client().get(lesson.url + "worksheet/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Câu hỏi in" in html and "Quế Lào Cai là loài nào?" in html
    assert "data-correct" not in html and "C. verum là quế Xri Lan-ca." not in html


def test_a_question_needs_a_right_answer():
    import pytest
    from wagtail.blocks import StructBlockValidationError

    from museum.blocks import QuizQuestionBlock

    block = QuizQuestionBlock()
    value = block.to_python(quiz_question("?", ["a", "b"], correct=None))
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_quiz_pages_open_in_every_language(lesson, make_exhibit):
    """A page's translation status counts its quiz blocks without rendering them (they
    need the page), in every language where the page falls back or is translated."""
    exhibit = make_exhibit(
        body=[("quiz", quiz_question("Vỏ quế gọi là gì?", ["Quế chi", "Quế nhục"], 1))]
    )
    for page in (lesson, exhibit):
        for language in ("en", "fr", "zh-hans"):
            with translation.override(language):
                url = page.get_url()
            response = Client().get(url)
            assert response.status_code == 200, (language, url)
            assert f'action="/{language}/quiz/{page.pk}/"' in response.content.decode()
