package io.okrsdk.perform.internal;

import io.okrsdk.perform.model.CheckinDetail;
import io.okrsdk.perform.model.Conversation;
import io.okrsdk.perform.model.ConversationPage;
import io.okrsdk.perform.model.ConversationPlan;
import io.okrsdk.perform.model.ConversationPlanPage;
import io.okrsdk.perform.model.ConversationTemplate;
import io.okrsdk.perform.model.ConversationTemplatePage;
import io.okrsdk.perform.model.CheckinPage;
import io.okrsdk.perform.model.Goal;
import io.okrsdk.perform.model.GoalPage;
import io.okrsdk.perform.model.Question;
import io.okrsdk.perform.model.QuestionPage;
import io.okrsdk.perform.model.QuestionResponsePage;
import io.okrsdk.perform.model.RecognitionPage;
import io.okrsdk.perform.model.UserPage;
import java.time.LocalDate;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The Perform &amp; Engage 365 API v2 as Retrofit declares it: one method per documented endpoint,
 * plus one per listing to follow an absolute {@code next} link.
 *
 * <p>Not API: the services of {@code PerformClient} run it with error mapping, id encoding and
 * paging; an endpoint they do not offer is reached with {@code PerformClient.request(method,
 * path)}. Path ids are encoded with {@code PathSegments.encode}, and a {@code null} query value
 * leaves the parameter out.
 */
public interface PerformApi {
  /**
   * {@code GET api/v2/goals/}: goals, sub-goals, OKRs and OKR key results.
   *
   * @param limit the maximum number of goals in the response, or {@code null} for the server's
   *     default
   * @param offset the index of the first goal returned, or {@code null} for 0
   * @return the call
   */
  @GET("api/v2/goals/")
  Call<GoalPage> listGoals(@Query("limit") Integer limit, @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listGoals(Integer, Long)}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<GoalPage> listGoalsPage(@Url String url);

  /**
   * {@code GET api/v2/goals/{api_id}/}: one goal or OKR.
   *
   * @param apiId the goal's id, already percent-encoded ({@code 580%3Afef0...})
   * @return the call
   */
  @GET("api/v2/goals/{api_id}/")
  Call<Goal> getGoal(@Path(value = "api_id", encoded = true) String apiId);

  /**
   * {@code GET api/v2/checkins/}: check-ins matching the filters; a {@code null} filter is left out.
   *
   * @param dateFrom submission date from which check-ins are returned ({@code yyyy-mm-dd})
   * @param dateTo submission date up to which check-ins are returned ({@code yyyy-mm-dd})
   * @param department the department the employee belongs to
   * @param managerEmail the email address of the employee's manager
   * @param managerName the full name of the employee's manager
   * @param personEmail the employee's email address
   * @param personName the employee's full name
   * @param limit the maximum number of check-ins in the response, or {@code null}
   * @param offset the index of the first check-in returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/checkins/")
  Call<CheckinPage> listCheckins(
      @Query("date_from") LocalDate dateFrom,
      @Query("date_to") LocalDate dateTo,
      @Query("department") String department,
      @Query("manager_email") String managerEmail,
      @Query("manager_name") String managerName,
      @Query("person_email") String personEmail,
      @Query("person_name") String personName,
      @Query("limit") Integer limit,
      @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listCheckins}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<CheckinPage> listCheckinsPage(@Url String url);

  /**
   * {@code GET api/v2/checkins/{api_id}/}: one check-in with its responses.
   *
   * @param apiId the check-in's id, already percent-encoded ({@code 580%3Ace41...})
   * @return the call
   */
  @GET("api/v2/checkins/{api_id}/")
  Call<CheckinDetail> getCheckin(@Path(value = "api_id", encoded = true) String apiId);

  /**
   * {@code GET api/v2/conversation_plans/}: conversation plans matching the filters; a {@code null}
   * filter is left out.
   *
   * @param name the plan's name
   * @param templateName the name of the plan's template
   * @param limit the maximum number of plans in the response, or {@code null}
   * @param offset the index of the first plan returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/conversation_plans/")
  Call<ConversationPlanPage> listConversationPlans(
      @Query("name") String name,
      @Query("template_name") String templateName,
      @Query("limit") Integer limit,
      @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listConversationPlans}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<ConversationPlanPage> listConversationPlansPage(@Url String url);

  /**
   * {@code GET api/v2/conversation_plans/{api_id}/}: one conversation plan.
   *
   * @param apiId the plan's id, already percent-encoded
   * @return the call
   */
  @GET("api/v2/conversation_plans/{api_id}/")
  Call<ConversationPlan> getConversationPlan(@Path(value = "api_id", encoded = true) String apiId);

  /**
   * {@code GET api/v2/conversation_templates/}: conversation templates matching the filters; a
   * {@code null} filter is left out.
   *
   * @param name the template's exact name
   * @param nameContains a part of the template's name, matched case-insensitively ({@code
   *     name_icontains})
   * @param limit the maximum number of templates in the response, or {@code null}
   * @param offset the index of the first template returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/conversation_templates/")
  Call<ConversationTemplatePage> listConversationTemplates(
      @Query("name") String name,
      @Query("name_icontains") String nameContains,
      @Query("limit") Integer limit,
      @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listConversationTemplates}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<ConversationTemplatePage> listConversationTemplatesPage(@Url String url);

  /**
   * {@code GET api/v2/conversation_templates/{api_id}/}: one conversation template.
   *
   * @param apiId the template's id, already percent-encoded
   * @return the call
   */
  @GET("api/v2/conversation_templates/{api_id}/")
  Call<ConversationTemplate> getConversationTemplate(@Path(value = "api_id", encoded = true) String apiId);

  /**
   * {@code GET api/v2/conversations/}: conversations matching the filters; a {@code null} filter is
   * left out.
   *
   * @param personName the employee's full name
   * @param planName the conversation plan's name
   * @param templateName the conversation template's name
   * @param status the status: {@code draft}, {@code final}, {@code deleted} or {@code archived}
   * @param limit the maximum number of conversations in the response, or {@code null}
   * @param offset the index of the first conversation returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/conversations/")
  Call<ConversationPage> listConversations(
      @Query("person_name") String personName,
      @Query("plan_name") String planName,
      @Query("template_name") String templateName,
      @Query("status") String status,
      @Query("limit") Integer limit,
      @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listConversations}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<ConversationPage> listConversationsPage(@Url String url);

  /**
   * {@code GET api/v2/conversations/{api_id}/}: one conversation.
   *
   * @param apiId the conversation's id, already percent-encoded
   * @return the call
   */
  @GET("api/v2/conversations/{api_id}/")
  Call<Conversation> getConversation(@Path(value = "api_id", encoded = true) String apiId);

  /**
   * {@code GET api/v2/users/}: the organisation's users matching the filters; a {@code null} filter
   * is left out.
   *
   * @param name the user's name or a part of it, case-insensitive
   * @param departmentName a department's name or a part of it, case-insensitive
   * @param managerName the manager's name or a part of it, case-insensitive
   * @param isActive whether the user is active
   * @param limit the maximum number of users in the response, or {@code null}
   * @param offset the index of the first user returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/users/")
  Call<UserPage> listUsers(
      @Query("name") String name,
      @Query("department_name") String departmentName,
      @Query("manager_name") String managerName,
      @Query("is_active") Boolean isActive,
      @Query("limit") Integer limit,
      @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listUsers}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<UserPage> listUsersPage(@Url String url);

  /**
   * {@code GET api/v2/recognition/}: recognitions matching the filters; a {@code null} filter is
   * left out.
   *
   * @param authorEmail the author's email address
   * @param authorName the author's full name
   * @param mentionedEmail the email address of the employee mentioned
   * @param mentionedName the full name of the employee mentioned
   * @param limit the maximum number of recognitions in the response, or {@code null}
   * @param offset the index of the first recognition returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/recognition/")
  Call<RecognitionPage> listRecognition(
      @Query("author_email") String authorEmail,
      @Query("author_name") String authorName,
      @Query("mentioned_email") String mentionedEmail,
      @Query("mentioned_name") String mentionedName,
      @Query("limit") Integer limit,
      @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listRecognition}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<RecognitionPage> listRecognitionPage(@Url String url);

  /**
   * {@code GET api/v2/questions/}: the questions of check-ins and conversations.
   *
   * @param limit the maximum number of questions in the response, or {@code null}
   * @param offset the index of the first question returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/questions/")
  Call<QuestionPage> listQuestions(@Query("limit") Integer limit, @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listQuestions}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<QuestionPage> listQuestionsPage(@Url String url);

  /**
   * {@code GET api/v2/questions/{api_id}/}: one question.
   *
   * @param apiId the question's id, already percent-encoded
   * @return the call
   */
  @GET("api/v2/questions/{api_id}/")
  Call<Question> getQuestion(@Path(value = "api_id", encoded = true) String apiId);

  /**
   * {@code GET api/v2/questions/{api_id}/responses/}: the responses to one question.
   *
   * @param apiId the question's id, already percent-encoded
   * @param limit the maximum number of responses in the response, or {@code null}
   * @param offset the index of the first response returned, or {@code null}
   * @return the call
   */
  @GET("api/v2/questions/{api_id}/responses/")
  Call<QuestionResponsePage> listQuestionResponses(
      @Path(value = "api_id", encoded = true) String apiId, @Query("limit") Integer limit, @Query("offset") Long offset);

  /**
   * Follows a {@code next} link of {@link #listQuestionResponses}.
   *
   * @param url the absolute link the server sent
   * @return the call
   */
  @GET
  Call<QuestionResponsePage> listQuestionResponsesPage(@Url String url);

  /**
   * {@code POST obtainauthtoken/}: exchanges an account's username and password for a token (the
   * token flow; see {@code PerformClient.Builder#tokenCredentials}). Sent without credentials, on
   * {@code ClientRuntime.withoutCredentials()}.
   *
   * @param credentials {@code {"username": ..., "password": ...}}
   * @return the call
   */
  @POST("obtainauthtoken/")
  Call<AuthToken> obtainAuthToken(@Body TokenRequest credentials);
}
