package org.fengqiao.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The attach rules, called as a module would: inside its writing transaction. The shared context has
 * no {@link FileAccessPolicy} for {@value #RECORD_TYPE}, so attached files are for administrators only.
 */
class FileAttachmentsTests extends ApiTest {

	private static final String RECORD_TYPE = "test-record";

	private static final Caller LIUYI = caller("grid.liuyi", Role.GRID_MEMBER, "610722101213");
	private static final Caller WUAI = caller("grid.wuai", Role.GRID_MEMBER, "610722101209");
	private static final Caller ADMIN = caller("admin", Role.ADMIN, "000000000000");

	@Autowired
	FileAttachments attachments;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void a_grid_member_attaches_his_uploads_to_a_record_and_they_are_listed_for_it_in_upload_order() {
		UUID photo = upload("照片.png", "grid.liuyi");
		clock.advance(Duration.ofMinutes(1));
		UUID report = upload("report.pdf", "grid.liuyi");
		String record = newRecord();

		List<StoredFile> attached = inTransaction(() -> attachments.attach(List.of(photo, report), RECORD_TYPE, record,
				LIUYI));

		assertThat(attached).extracting(StoredFile::id).containsExactly(photo, report);
		assertThat(attachments.attachedTo(RECORD_TYPE, record)).extracting(StoredFile::id, StoredFile::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(photo, "照片.png"),
					org.assertj.core.groups.Tuple.tuple(report, "report.pdf"));
	}

	@Test
	void attaching_a_file_again_to_the_same_record_is_harmless() {
		UUID photo = upload("photo.png", "grid.liuyi");
		String record = newRecord();
		inTransaction(() -> attachments.attach(List.of(photo), RECORD_TYPE, record, LIUYI));

		List<StoredFile> again = inTransaction(() -> attachments.attach(List.of(photo, photo), RECORD_TYPE, record, LIUYI));

		assertThat(again).extracting(StoredFile::id).containsExactly(photo);
		assertThat(attachments.attachedTo(RECORD_TYPE, record)).hasSize(1);
	}

	@Test
	void someone_elses_upload_cannot_be_attached() {
		UUID photo = upload("photo.png", "grid.liuyi");

		assertRefused(() -> attachments.attach(List.of(photo), RECORD_TYPE, newRecord(), WUAI));
	}

	@Test
	void an_administrator_may_attach_anyones_upload() {
		UUID photo = upload("photo.png", "grid.liuyi");
		String record = newRecord();

		inTransaction(() -> attachments.attach(List.of(photo), RECORD_TYPE, record, ADMIN));

		assertThat(attachments.attachedTo(RECORD_TYPE, record)).extracting(StoredFile::id).containsExactly(photo);
	}

	@Test
	void an_unknown_id_is_refused() {
		assertRefused(() -> attachments.attach(List.of(UUID.randomUUID()), RECORD_TYPE, newRecord(), LIUYI));
	}

	@Test
	void a_file_attached_to_one_record_cannot_be_moved_to_another() {
		UUID photo = upload("photo.png", "grid.liuyi");
		String first = newRecord();
		inTransaction(() -> attachments.attach(List.of(photo), RECORD_TYPE, first, LIUYI));

		assertRefused(() -> attachments.attach(List.of(photo), RECORD_TYPE, newRecord(), LIUYI));
		assertRefused(() -> attachments.attach(List.of(photo), "other-type", first, ADMIN));
		assertThat(attachments.attachedTo(RECORD_TYPE, first)).extracting(StoredFile::id).containsExactly(photo);
	}

	@Test
	void a_refused_attach_attaches_none_of_the_files() {
		UUID mine = upload("photo.png", "grid.liuyi");
		UUID theirs = upload("photo.png", "grid.wuai");
		String record = newRecord();

		assertRefused(() -> attachments.attach(List.of(mine, theirs), RECORD_TYPE, record, LIUYI));

		assertThat(attachments.attachedTo(RECORD_TYPE, record)).isEmpty();
		assertThat(inTransaction(() -> attachments.attach(List.of(mine), RECORD_TYPE, record, LIUYI))).hasSize(1);
	}

	@Test
	void attaching_outside_a_transaction_is_a_programming_error() {
		UUID photo = upload("photo.png", "grid.liuyi");

		assertThatThrownBy(() -> attachments.attach(List.of(photo), RECORD_TYPE, newRecord(), LIUYI))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void a_file_attached_to_a_record_type_without_policy_is_404_to_its_uploader_but_administrators_read_it() {
		UUID photo = upload("photo.png", "grid.liuyi");
		String record = newRecord();
		inTransaction(() -> attachments.attach(List.of(photo), RECORD_TYPE, record, LIUYI));

		assertThat(api.download("/api/files/" + photo, "grid.liuyi").status()).isEqualTo(404);
		assertThat(api.download("/api/files/" + photo, "desk.longtou").status()).isEqualTo(404);
		assertThat(api.download("/api/files/" + photo, "admin").status()).isEqualTo(200);
		JsonNode audit = api.get("/api/audit?recordType=file&recordId=" + photo, "admin").expect(200).body();
		assertThat(audit.path("items").valueStream().map(e -> e.path("action").asString()))
			.containsExactly("FILE_READ", "FILE_UPLOAD");
	}

	private UUID upload(String name, String user) {
		byte[] content = name.endsWith(".pdf") ? TestFiles.pdf() : TestFiles.png();
		Response r = api.upload("/api/files", name, null, content, user);
		assertThat(r.status()).as(r.raw()).isEqualTo(201);
		return UUID.fromString(r.text("id"));
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> work.get());
	}

	private void assertRefused(java.util.function.Supplier<?> work) {
		assertThatThrownBy(() -> inTransaction(work)).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.fieldKeys()).containsExactly(new FieldError("attachments", "file.attach-invalid")));
	}

	private static String newRecord() {
		return UUID.randomUUID().toString();
	}

	private static Caller caller(String username, Role role, String region) {
		return new Caller(username, username, Set.of(role), new DataScope(List.of(region), List.of(), false), null);
	}
}
