package org.fengqiao.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DivisionRowTest {

	@Test
	void a_village_row_is_padded_and_given_its_kind_from_the_code() throws IOException {
		DivisionRow.Parsed p = parse("code,name,streetCode,provinceCode,cityCode,areaCode",
				"610722101213,六一村委会,610722101,61,6107,610722");

		assertThat(p.region()).isEqualTo(new Region("610722101213", "六一村委会", RegionLevel.VILLAGE, "610722101000",
				"VILLAGE"));
	}

	@Test
	void a_county_that_repeats_its_city_is_folded_into_the_city() throws IOException {
		DivisionRow.Parsed p = parse("code,name,cityCode,provinceCode", "441900,东莞市,4419,44");

		assertThat(p.region()).isNull();
		assertThat(p.rejection()).isNull();
	}

	@Test
	void a_placeholder_town_of_the_same_code_as_its_county_is_folded() throws IOException {
		DivisionRow.Parsed p = parse("code,name,areaCode,provinceCode,cityCode", "350527000,金门县,350527,35,3505");

		assertThat(p.region()).isNull();
		assertThat(p.rejection()).isNull();
	}

	@Test
	void a_code_of_the_wrong_length_or_outside_its_parent_is_rejected() throws IOException {
		assertThat(parse("code,name,cityCode,provinceCode", "61072,城固县,6107,61").rejection()).contains("61072");
		assertThat(parse("code,name,cityCode,provinceCode", "610722,城固县,6108,61").rejection()).contains("上级代码");
		assertThat(parse("code,name,cityCode,provinceCode", "610722,,6107,61").rejection()).isNotNull();
	}

	@Test
	void the_seed_format_keeps_its_level_and_parent() throws IOException {
		DivisionRow.Parsed p = parse("code,name,level,parentCode,kind", "610722101000,龙头镇,TOWN,610722000000,");

		assertThat(p.region()).isEqualTo(new Region("610722101000", "龙头镇", RegionLevel.TOWN, "610722000000", null));
	}

	@Test
	void village_kinds_follow_the_nbs_ranges() {
		assertThat(VillageKind.of("610722101001")).isEqualTo("COMMUNITY");
		assertThat(VillageKind.of("610722101213")).isEqualTo("VILLAGE");
		assertThat(VillageKind.of("610722101450")).isEqualTo("COMMUNITY");
		assertThat(VillageKind.of("610722101650")).isEqualTo("VILLAGE");
	}

	private static DivisionRow.Parsed parse(String header, String line) throws IOException {
		CSVParser parser = CSVParser.parse(new StringReader(header + "\n" + line + "\n"),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
		CSVRecord record = parser.getRecords().get(0);
		return DivisionRow.parse(DivisionRow.Format.detect(parser.getHeaderNames()), record);
	}
}
