"""Pages that hold quiz questions, checked in the browser or by a form post."""

from django import forms


class QuizAnswersForm(forms.Form):
    """One optional choice per question, ``q-<block id>`` = the answer's index.

    A choice field admits only the indexes the question has, so '²', '-1' or a
    5,000-digit number is an invalid answer (left unanswered), never an error.
    """

    def __init__(self, data, questions):
        super().__init__(data)
        for block_id, value in questions:
            indexes = [(str(i), str(i)) for i in range(len(value["choices"]))]
            self.fields[f"q-{block_id}"] = forms.TypedChoiceField(
                choices=indexes, coerce=int, required=False, empty_value=None
            )


class QuizMixin:
    """A page whose quiz questions can be answered at ``museum:quiz`` without JavaScript.

    ``quiz_stream_fields`` names the StreamFields whose ``quiz``/``question``
    blocks make up the quiz, in page order.
    """

    quiz_stream_fields = ()
    quiz_block_names = ("quiz", "question")

    def quiz_questions(self):
        """The quiz blocks, each as (block id, value), in page order."""
        questions = []
        for name in self.quiz_stream_fields:
            for block in getattr(self, name) or []:
                if block.block_type in self.quiz_block_names:
                    questions.append((block.id, block.value))
        return questions

    def check_answers(self, data):
        """Results for a submitted quiz: per question, what was chosen and whether it is right.

        ``data`` maps ``q-<block id>`` to the index of the chosen answer; a missing or
        unusable answer counts as unanswered, never as an error.
        """
        questions = self.quiz_questions()
        form = QuizAnswersForm(data, questions)
        form.is_valid()  # an unusable answer leaves only its own question out
        results = []
        for block_id, value in questions:
            choices = list(value["choices"])
            chosen = form.cleaned_data.get(f"q-{block_id}")
            results.append(
                {
                    "id": block_id,
                    "question": value["question"],
                    "choices": choices,
                    "chosen": chosen,
                    "correct": chosen is not None and bool(choices[chosen]["correct"]),
                    "explanation": value["explanation"],
                }
            )
        return results
