package vn.kdclgd.app.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.kdclgd.app.account.Actors;
import vn.kdclgd.app.account.AppUser;

/** Puts the signed-in account ({@code currentUser}, or null) into every page's model. */
@ControllerAdvice
public class ModelAdvice {
    @ModelAttribute("currentUser")
    AppUser currentUser() {
        return Actors.user().orElse(null);
    }
}
