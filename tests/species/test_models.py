"""Species models: name validation, assessments, credited images, wild-harvest rule."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from base.models import CreditedImage
from species.models import SpeciesAssessment, SpeciesImage
from species.models.pages import validate_scientific_name
from tests.species.images import make_image

pytestmark = pytest.mark.usefixtures("english")


class TestScientificName:
    def test_accepts_binomial_and_variety(self):
        assert validate_scientific_name("Panax", "vietnamensis", "var.", "fuscidiscus") == {}
        assert validate_scientific_name("Amomum", "tsao-ko") == {}

    @pytest.mark.parametrize(
        ("genus", "epithet", "field"),
        [
            ("panax", "notoginseng", "genus"),
            ("Panax", "Notoginseng", "epithet"),
            ("Panax notoginseng", "", "genus"),
            ("", "notoginseng", "genus"),
        ],
    )
    def test_rejects_what_is_not_genus_epithet(self, genus, epithet, field):
        errors = validate_scientific_name(genus, epithet)
        assert field in errors
        assert "Genus epithet" in str(errors[field]) or "required" in str(errors[field])

    def test_rank_needs_name(self):
        assert "infraspecific_name" in validate_scientific_name("Panax", "vietnamensis", "var.", "")

    def test_page_clean_reports_the_field(self, make_species):
        page = make_species()
        page.genus = "panax"
        with pytest.raises(ValidationError) as exc:
            page.clean()
        assert "genus" in exc.value.message_dict

    def test_scientific_name_is_assembled(self, make_species):
        page = make_species(
            genus="Panax",
            epithet="vietnamensis",
            infraspecific_rank="var.",
            infraspecific_name="fuscidiscus",
            vi="Sâm Lai Châu",
            en="",
        )
        assert page.scientific_name == "Panax vietnamensis var. fuscidiscus"


class TestAssessments:
    def test_future_year_is_refused(self, make_species):
        from species.models import ConservationCategory

        page = make_species()
        nextyear = datetime.date.today().year + 1
        assessment = SpeciesAssessment(
            page=page,
            category=ConservationCategory.objects.get(scheme__code="iucn", code="VU"),
            year=nextyear,
        )
        with pytest.raises(ValidationError) as exc:
            assessment.clean()
        assert f"{nextyear} is in the future" in str(exc.value)

    def test_wild_harvest_takes_the_strictest_rule(self, make_species):
        page = make_species(
            assessments=[
                {"scheme": "nd06-2019", "category": "IIA"},
                {"scheme": "iucn", "category": "VU"},
            ]
        )
        assert page.wild_harvest == "restricted"
        page = make_species(
            assessments=[
                {"scheme": "nd06-2019", "category": "IIA"},
                {"scheme": "nd06-2019", "category": "IA"},
            ]
        )
        assert page.wild_harvest == "banned"
        assert [a.category.code for a in page.wild_harvest_basis] == ["IA"]

    def test_no_assessment_means_no_rule(self, make_species):
        assert make_species().wild_harvest == ""


class TestGalleryImages:
    def test_image_without_credit_or_licence_is_refused(self, make_species):
        page = make_species()
        image = make_image(credit="", licence="")
        with pytest.raises(ValidationError) as exc:
            SpeciesImage(page=page, image=image).clean()
        message = str(exc.value)
        assert "credit" in message and "licence" in message

    def test_credited_image_is_accepted(self, make_species):
        image = make_image(credit="Nguyễn Văn A", licence="CC BY 4.0")
        SpeciesImage(page=make_species(), image=image).clean()
        assert CreditedImage.objects.get(pk=image.pk).is_credited
