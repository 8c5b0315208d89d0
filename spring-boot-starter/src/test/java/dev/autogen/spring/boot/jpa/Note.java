package dev.autogen.spring.boot.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity whose table only the migrations create (both of them: {@code body} comes with the second). */
@Entity
@Table(name = "notes")
public class Note {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(length = 500)
    private String body;

    protected Note() {}

    public Note(Long id, String title, String body) {
        this.id = id;
        this.title = title;
        this.body = body;
    }

    public String getBody() {
        return body;
    }
}
